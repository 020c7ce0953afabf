/** The vurderingsskema of the seed report (Randers 2012), word for word. */
export interface FormDraft {
  themes: { key: string; title: string; items: { text: string }[] }[];
  developmentQuestion: string;
}

export const DEFAULT_FORM: FormDraft = {
  themes: [
    {
      key: 'formaal-og-maal',
      title: 'Formål og mål for indsats',
      items: [
        { text: 'Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?' },
        {
          text: 'Vurder i hvilken grad indsatsmålene er formuleret således, at der er sandsynlighed for, at målene kan nås inden for den angivne tidsramme?',
        },
        { text: 'Vurder i hvilken grad handleplanen angiver, hvornår indsatsmålene er opfyldt?' },
        { text: 'Vurder hvorvidt omfanget af indsatsen er tydeligt angivet i handleplanen/bestillingen?' },
        {
          text: 'Vurder hvorvidt handleplanens indsatsmål er formuleret så bredt og rummeligt, at de giver udfører tilstrækkelig fleksibilitet i udførelsen?',
        },
        { text: 'Vurder om indsatsens varighed er klart angivet i handleplanen?' },
        { text: 'Vurder hvorvidt der er sammenhæng mellem formål, indsatsmål og bevilling af indsats?' },
      ],
    },
    {
      key: 'borgerinddragelse',
      title: 'Borgerinddragelse',
      items: [
        { text: 'Vurder om borgeren i tilstrækkelig grad har været involveret i udarbejdelsen af handleplanen?' },
      ],
    },
    {
      key: 'samlet-vurdering',
      title: 'Samlet vurdering',
      items: [
        {
          text: 'Vurder hvorvidt handleplanen alt i alt lever op til at være et styringsredskab? (her tænkes såvel et fagligt og ressourcemæssigt styringsredskab som et kommunikations- og aftaleredskab)',
        },
      ],
    },
  ],
  developmentQuestion:
    'Nævn de tre områder, hvor du mener, at der er størst udviklingspotentiale i forhold til at forbedre handleplanen som et effektivt styringsredskab og kom med forslag til forbedringer.',
};

export const JUSTIFICATION_PROMPT = 'Begrund din vurdering:';
