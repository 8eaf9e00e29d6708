import { OverlayContainer } from '@angular/cdk/overlay';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { byTestId, problem } from '../testing/list-page-testing';
import { ContactInformationEditor } from './contact-information-editor';
import { WebContentPage } from './web-content-page';
import { WebPageEditor, WebPageKind } from './web-page-editor';

const WEB = '/api/admin/web-content';

describe('Web content (Hjemmeside)', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [WebContentPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    TestBed.inject(OverlayContainer).ngOnDestroy();
  });

  async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function type(
    fixture: ComponentFixture<unknown>,
    input: HTMLInputElement | HTMLTextAreaElement,
    value: string,
  ): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(fixture);
  }

  const one = <T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T =>
    byTestId<T>(root, id)[0];
  const overlay = () => TestBed.inject(OverlayContainer).getContainerElement();

  async function editor(kind: WebPageKind, path: string, stored: object) {
    const fixture = TestBed.createComponent(WebPageEditor);
    fixture.componentRef.setInput('kind', kind);
    fixture.detectChanges();
    backend.expectOne((r) => r.method === 'GET' && r.url === `${WEB}/${path}`).flush(stored);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('shows one tab per page and the contact information, the front page first', async () => {
    const fixture = TestBed.createComponent(WebContentPage);
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe('Hjemmeside');
    expect(
      Array.from(element.querySelectorAll('[role="tab"]')).map((t) => t.textContent?.trim()),
    ).toEqual(['Forside', 'FAQ', 'Oplysningserklæring', 'Samtykkeerklæring', 'Kontaktinformation']);
    backend.expectOne(`${WEB}/front-page`).flush({ title: '', content: '', version: 0 });
    await settle(fixture);
    expect(one(element, 'web-front-page-status').textContent).toContain('Endnu ikke gemt');
  });

  it('saves the front page with its version and shows the sanitized text the server stored', async () => {
    const { fixture, element } = await editor('frontPage', 'front-page', {
      title: 'Velkommen',
      content: '<p>Gammel</p>',
      version: 3,
    });
    expect(one<HTMLInputElement>(element, 'web-front-page-title').value).toBe('Velkommen');
    await type(fixture, one(element, 'web-front-page-title'), '  Bliv tilforordnet ');
    await type(
      fixture,
      one(element, 'web-front-page-body'),
      '<p onclick="x()">Ny</p><script>1</script>',
    );
    one(element, 'web-front-page-save').click();
    const put = backend.expectOne((r) => r.method === 'PUT' && r.url === `${WEB}/front-page`);
    expect(put.request.body).toEqual({
      title: 'Bliv tilforordnet',
      content: '<p onclick="x()">Ny</p><script>1</script>',
      version: 3,
    });
    put.flush({ title: 'Bliv tilforordnet', content: '<p>Ny</p>', version: 4 });
    await settle(fixture);
    expect(one(element, 'web-front-page-preview').innerHTML).toBe('<p>Ny</p>');
    expect(one<HTMLTextAreaElement>(element, 'web-front-page-body').value).toBe('<p>Ny</p>');
    expect(overlay().textContent).toContain('Forsiden er gemt.');
  });

  it('requires a title for the front page and shows a concurrent change as a translated error', async () => {
    const { fixture, element } = await editor('frontPage', 'front-page', {
      title: '',
      content: '',
      version: 0,
    });
    one(element, 'web-front-page-save').click();
    await settle(fixture);
    expect(byTestId(element, 'error-message').map((e) => e.textContent?.trim())).toContain(
      'Titel skal udfyldes.',
    );
    await type(fixture, one(element, 'web-front-page-title'), 'Forside');
    one(element, 'web-front-page-save').click();
    backend.expectOne(`${WEB}/front-page`).flush(...problem(409, 'web_page.modified_concurrently'));
    await settle(fixture);
    expect(one(element, 'error-message').textContent).toContain('ændret af en anden');
  });

  it('does not switch the FAQ on without content, and sends the switch with the text', async () => {
    const { fixture, element } = await editor('faq', 'faq', {
      content: '',
      active: false,
      version: 0,
    });
    one(element, 'web-faq-active').querySelector('input')!.click();
    await settle(fixture);
    one(element, 'web-faq-save').click();
    await settle(fixture);
    expect(element.textContent).toContain('Siden kan ikke aktiveres uden indhold.');

    await type(fixture, one(element, 'web-faq-body'), '<h2>Hvornår?</h2>');
    one(element, 'web-faq-save').click();
    const put = backend.expectOne(`${WEB}/faq`);
    expect(put.request.body).toEqual({ content: '<h2>Hvornår?</h2>', active: true, version: 0 });
    put.flush({ content: '<h2>Hvornår?</h2>', active: true, version: 1 });
    await settle(fixture);
    expect(one(element, 'web-faq-status').textContent).toContain('Gemt');
  });

  it('edits the declaration of consent as plain text with its switch', async () => {
    const { fixture, element } = await editor('consentDeclaration', 'consent-declaration', {
      text: 'Jeg giver samtykke.',
      active: true,
      version: 2,
    });
    expect(element.textContent).toContain('Almindelig tekst');
    expect(byTestId(element, 'web-consent-declaration-preview')).toEqual([]);
    await type(fixture, one(element, 'web-consent-declaration-body'), 'Linje 1\nLinje 2');
    one(element, 'web-consent-declaration-save').click();
    const put = backend.expectOne(`${WEB}/consent-declaration`);
    expect(put.request.body).toEqual({ text: 'Linje 1\nLinje 2', active: true, version: 2 });
    put.flush({ text: 'Linje 1\nLinje 2', active: true, version: 3 });
    await settle(fixture);
  });

  describe('contact information', () => {
    const STORED = {
      municipalityName: 'Demo Kommune',
      department: 'Valgsekretariatet',
      address: 'Rådhuspladsen 1',
      postalCode: '9999',
      city: 'Demoby',
      phone: null,
      email: 'valg@demo.dk',
      digitalPostUrl: null,
      logo: null,
      version: 1,
    };

    async function contact(stored: object = STORED) {
      const fixture = TestBed.createComponent(ContactInformationEditor);
      backend.expectOne(`${WEB}/contact-information`).flush(stored);
      await settle(fixture);
      return { fixture, element: fixture.nativeElement as HTMLElement };
    }

    it('needs an e-mail or a Digital Post link and sends blank optional fields as null', async () => {
      const { fixture, element } = await contact();
      await type(fixture, one(element, 'contact-email'), ' ');
      one(element, 'contact-save').click();
      await settle(fixture);
      expect(element.textContent).toContain('Udfyld e-mail eller link til Digital Post');

      await type(fixture, one(element, 'contact-digitalPostUrl'), 'http://post.borger.dk');
      one(element, 'contact-save').click();
      await settle(fixture);
      expect(element.textContent).toContain('Linket skal starte med https://.');

      await type(fixture, one(element, 'contact-digitalPostUrl'), ' https://post.borger.dk/demo ');
      one(element, 'contact-save').click();
      const put = backend.expectOne(
        (r) => r.method === 'PUT' && r.url === `${WEB}/contact-information`,
      );
      expect(put.request.body).toEqual({
        ...STORED,
        logo: undefined,
        email: null,
        digitalPostUrl: 'https://post.borger.dk/demo',
      });
      put.flush({
        ...STORED,
        email: null,
        digitalPostUrl: 'https://post.borger.dk/demo',
        version: 2,
      });
      await settle(fixture);
      expect(overlay().textContent).toContain('Kontaktinformationen er gemt.');
    });

    it('shows the server’s field errors translated', async () => {
      const { fixture, element } = await contact();
      one(element, 'contact-save').click();
      backend.expectOne(`${WEB}/contact-information`).flush(
        {
          type: 'about:blank',
          title: 'Invalid',
          status: 400,
          code: 'request.invalid',
          violations: [{ field: 'phone', code: 'phone.invalid', message: 'x' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle(fixture);
      expect(one(element, 'error-message').textContent).toContain(
        'Telefon: skal være et telefonnummer med 8 til 15 cifre',
      );
    });

    it('uploads a logo, shows it, refuses an unsafe one with the reason, and removes it', async () => {
      const { fixture, element } = await contact();
      expect(one(element, 'contact-logo-none')).toBeTruthy();
      const input = one<HTMLInputElement>(element, 'contact-logo-input');
      const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', {
        type: 'image/svg+xml',
      });
      Object.defineProperty(input, 'files', { value: [svg], configurable: true });
      input.dispatchEvent(new Event('change'));
      const upload = backend.expectOne(`${WEB}/contact-information/logo`);
      expect(upload.request.method).toBe('PUT');
      expect(((upload.request.body as FormData).get('file') as File).name).toBe('logo.svg');
      upload.flush({ name: 'logo.svg', size: 42, sha256: 'ab', url: '/logo?v=ab' });
      await settle(fixture);
      expect(one<HTMLImageElement>(element, 'contact-logo-preview').getAttribute('src')).toBe(
        '/logo?v=ab',
      );

      input.dispatchEvent(new Event('change'));
      backend.expectOne(`${WEB}/contact-information/logo`).flush(...problem(422, 'logo.unsafe'));
      await settle(fixture);
      expect(one(element, 'error-message').textContent).toContain('afvises af sikkerhedshensyn');
      expect(one(element, 'contact-logo-preview')).toBeTruthy();

      one(element, 'contact-logo-remove').click();
      await settle(fixture);
      one(overlay(), 'confirm-yes').click();
      await settle(fixture);
      backend
        .expectOne((r) => r.method === 'DELETE' && r.url === `${WEB}/contact-information/logo`)
        .flush(null);
      await settle(fixture);
      expect(one(element, 'contact-logo-none')).toBeTruthy();
    });
  });
});
