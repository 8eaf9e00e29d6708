import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PrivacyPage } from './privacy-page';

describe('PrivacyPage', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [PrivacyPage],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(content: string) {
    const fixture = TestBed.createComponent(PrivacyPage);
    backend.expectOne('/api/public/web-content/disclosure-statement').flush({ content });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the disclosure statement', async () => {
    const page = await render('<h2>Dine oplysninger</h2><p>Kommunen er dataansvarlig.</p>');
    expect(page.querySelector('h1')?.textContent).toBe('Privatlivspolitik');
    expect(page.querySelector('[data-testid="privacy-content"]')?.innerHTML).toBe(
      '<h2>Dine oplysninger</h2><p>Kommunen er dataansvarlig.</p>',
    );
  });

  it('says so while it is not written', async () => {
    const page = await render('');
    expect(page.querySelector('[data-testid="privacy-not-written"]')?.textContent).toContain(
      'oplysningserklæring',
    );
  });
});
