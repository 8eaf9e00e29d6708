/**
 * Danish texts (the default language). This object is the source of truth for the set of
 * translation keys: the English dictionary must provide exactly the same keys (checked by the compiler).
 *
 * Placeholders are written as `{name}` and filled in by {@link I18nService.t}.
 */
export const DA = {
  'app.name': 'Valghalla',
  'app.loading': 'Indlæser…',
  'app.retry': 'Prøv igen',

  'lang.label': 'Sprog',
  'lang.da': 'Dansk',
  'lang.en': 'English',

  'common.save': 'Gem',
  'common.cancel': 'Annuller',
  'common.yes': 'Ja',
  'common.no': 'Nej',
  'common.close': 'Luk',
  'common.logout': 'Log ud',
  'common.search': 'Søg',
  'common.reset': 'Nulstil',
  'common.all': 'Alle',
  'common.none': '–',

  'notFound.title': 'Siden blev ikke fundet',
  'notFound.text':
    'Vi kunne ikke finde den side, du leder efter. Tjek adressen, eller gå til forsiden.',
  'notFound.home': 'Gå til forsiden',

  'participant.skipToContent': 'Gå til sidens indhold',
  'participant.title': 'Valghalla – {municipality}',
  'participant.welcome':
    'Velkommen til {municipalityGenitive} side for valgets tilforordnede. Her kan du tilmelde dig som tilforordnet ved valg og folkeafstemninger, se hvor og hvornår du skal hjælpe til, og holde dine oplysninger opdateret.',
  'participant.welcomeGeneric':
    'Velkommen til siden for valgets tilforordnede. Her kan du tilmelde dig som tilforordnet ved valg og folkeafstemninger, se hvor og hvornår du skal hjælpe til, og holde dine oplysninger opdateret.',
  'participant.about':
    'Som tilforordnet hjælper du vælgerne på valgdagen og tæller stemmer op efter valget. Det er en vigtig opgave i vores demokrati.',
  'participant.login': 'Log ind med MitID',
  'participant.loginHint': 'Log ind for at se og redigere dine oplysninger.',
  'participant.greeting': 'Hej {name}',
  'participant.loggedInAs': 'Du er logget ind med CPR-nummer {cpr}.',
  'participant.footer':
    'Valghalla – system til rekruttering og administration af valgets tilforordnede.',

  'admin.municipality': 'Kommune',
  'admin.user': 'Logget ind som',
  'admin.menu': 'Menu',
  'admin.nav.label': 'Hovedmenu',
  'admin.nav.areas': 'Områder',
  'admin.nav.audit': 'Revisionslog',
  'admin.forbidden.title': 'Ingen adgang',
  'admin.forbidden.text':
    'Du er logget ind, men du har ikke adgang til administrationen af Valghalla. Kontakt kommunens administrator, hvis du mener, at det er en fejl.',
  'admin.redirecting': 'Du sendes videre til login…',
  'admin.loadFailed': 'Administrationen kunne ikke indlæses.',

  'areas.title': 'Områder',
  'areas.intro': 'Områder bruges til at inddele kommunens valgsteder.',
  'areas.create': 'Opret område',
  'areas.edit': 'Rediger',
  'areas.editLabel': 'Rediger området {name}',
  'areas.delete': 'Slet',
  'areas.deleteLabel': 'Slet området {name}',
  'areas.empty': 'Der er endnu ingen områder.',
  'areas.column.name': 'Navn',
  'areas.column.description': 'Beskrivelse',
  'areas.column.actions': 'Handlinger',
  'areas.form.createTitle': 'Opret område',
  'areas.form.editTitle': 'Rediger område',
  'areas.form.name': 'Navn',
  'areas.form.description': 'Beskrivelse',
  'areas.form.nameRequired': 'Navn skal udfyldes.',
  'areas.form.nameTooLong': 'Navnet må højst være {max} tegn.',
  'areas.form.descriptionTooLong': 'Beskrivelsen må højst være {max} tegn.',
  'areas.confirmDelete.title': 'Slet område',
  'areas.confirmDelete.text': 'Er du sikker på, at du vil slette området {name}?',
  'areas.created': 'Området {name} er oprettet.',
  'areas.updated': 'Området {name} er gemt.',
  'areas.deleted': 'Området {name} er slettet.',

  'audit.title': 'Revisionslog',
  'audit.intro': 'Revisionsloggen viser, hvem der har ændret hvad og hvornår.',
  'audit.filter.title': 'Filtrér',
  'audit.filter.action': 'Handling',
  'audit.filter.objectType': 'Objekttype',
  'audit.filter.actor': 'Udført af',
  'audit.filter.from': 'Fra dato',
  'audit.filter.to': 'Til dato',
  'audit.column.occurredAt': 'Tidspunkt',
  'audit.column.actor': 'Udført af',
  'audit.column.action': 'Handling',
  'audit.column.objectType': 'Objekttype',
  'audit.column.summary': 'Beskrivelse',
  'audit.empty': 'Ingen poster matcher filteret.',
  'audit.action.TENANT_REGISTERED': 'Kommune registreret',
  'audit.action.AREA_CREATED': 'Område oprettet',
  'audit.action.AREA_UPDATED': 'Område ændret',
  'audit.action.AREA_DELETED': 'Område slettet',
  'audit.objectType.TENANT': 'Kommune',
  'audit.objectType.AREA': 'Område',

  'paginator.itemsPerPage': 'Poster pr. side',
  'paginator.nextPage': 'Næste side',
  'paginator.previousPage': 'Forrige side',
  'paginator.firstPage': 'Første side',
  'paginator.lastPage': 'Sidste side',
  'paginator.range': '{start}–{end} af {total}',
  'paginator.rangeEmpty': '0 af {total}',

  'field.name': 'Navn',
  'field.description': 'Beskrivelse',
  'field.version': 'Version',

  'error.area.not_found': 'Området findes ikke længere. Det kan være slettet af en anden.',
  'error.area.name_taken': 'Der findes allerede et område med det navn.',
  'error.area.last_area': 'Området kan ikke slettes, fordi det er kommunens sidste område.',
  'error.area.has_work_locations':
    'Området kan ikke slettes, fordi der er valgsteder tilknyttet det.',
  'error.area.modified_concurrently':
    'Området er blevet ændret af en anden, mens du redigerede det. Luk formularen, og prøv igen.',
  'error.request.invalid': 'Oplysningerne er ikke gyldige. Ret fejlene, og prøv igen.',
  'error.auth.unauthenticated': 'Du er ikke logget ind, eller din session er udløbet.',
  'error.auth.forbidden': 'Du har ikke adgang til at udføre handlingen.',
  'error.csrf.invalid': 'Sikkerhedstjekket fejlede. Genindlæs siden, og prøv igen.',
  'error.tenant.unknown': 'Kommunen blev ikke genkendt ud fra adressen.',
  'error.server.error': 'Der opstod en fejl på serveren. Prøv igen senere.',
  'error.network': 'Serveren kunne ikke kontaktes. Tjek din forbindelse, og prøv igen.',
  'error.unknown': 'Der opstod en uventet fejl. Prøv igen.',
} satisfies Record<string, string>;

export type TranslationKey = keyof typeof DA;
export type Translations = Record<TranslationKey, string>;
