/**
 * The four phases an indsatsområde goes through when a new practice is implemented, as
 * Danish implementation guides describe them (beslutte, planlægge, gennemføre, forankre),
 * each with a short checklist of questions to ask before moving on. Written for any
 * indsatsområde, not for one method.
 */

export const IMPLEMENTATION_PHASES = ['decide', 'plan', 'execute', 'embed'] as const;
export type ImplementationPhase = (typeof IMPLEMENTATION_PHASES)[number];

export interface ImplementationPhaseGuide {
  label: string;
  /** One sentence on what the phase is about. */
  purpose: string;
  checklist: readonly string[];
}

export const IMPLEMENTATION_PHASE_GUIDES: Record<ImplementationPhase, ImplementationPhaseGuide> = {
  decide: {
    label: 'Beslutte',
    purpose: 'Ledelsen beslutter, om og hvordan den nye praksis skal indføres.',
    checklist: [
      'Forstår ledere og medarbejdere, hvad indsatsen går ud på, og hvad den vil ændre i den daglige praksis?',
      'Er det vurderet, om organisationen er parat til at gå i gang – mennesker, kompetencer, organisering og ledelse?',
      'Er dialogen med de vigtigste samarbejdspartnere indledt?',
      'Er der indgået forpligtende aftaler med de samarbejdspartnere, indsatsen afhænger af?',
    ],
  },
  plan: {
    label: 'Planlægge',
    purpose: 'Forudsætningerne bringes på plads, før indsatsen sættes i gang.',
    checklist: [
      'Har indsatsen fået en organisatorisk og faglig placering, der giver mening?',
      'Er der en styregruppe eller lignende, der følger implementeringen på tværs af fagligheder?',
      'Er det besluttet, hvilke medarbejdere der skal arbejde med indsatsen, og hvem der leder dem?',
      'Er roller og ansvar mellem ledelse, nærmeste leder og medarbejdere tydelige?',
      'Har medarbejderne fået den uddannelse og kompetenceudvikling, indsatsen kræver?',
      'Findes der en samlet plan for implementeringen med aktiviteter, ansvarlige og datoer?',
    ],
  },
  execute: {
    label: 'Gennemføre',
    purpose: 'Den nye praksis tages i brug og tilpasses de lokale forhold.',
    checklist: [
      'Bakker ledelsen synligt op om implementeringen og driver den fremad?',
      'Er de konkrete roller og opgaver for de involverede medarbejdere beskrevet?',
      'Arbejdes der bevidst med samarbejdet og fællesskabet i den gruppe, der udfører indsatsen?',
      'Følges uddannelsen op med løbende og systematisk supervision?',
      'Er der faste rammer for at følge op på arbejdet og resultaterne og lære af dem?',
    ],
  },
  embed: {
    label: 'Forankre',
    purpose: 'Indsatsen bliver en fast del af driften og overlever udskiftning af personer.',
    checklist: [
      'Er der procedurer, der fastholder indsatsen i driften – fx udpegede medarbejdere, manualer og skabeloner?',
      'Er det besluttet, hvordan erfaringerne med målgruppen og indsatsen udnyttes fremover?',
      'Er de vigtigste forudsætninger for og barrierer mod indsatsens succes beskrevet?',
      'Er det aftalt, hvordan nye medarbejdere lærer indsatsen at kende?',
      'Er det sikret, at alle ledelsesniveauer fortsat har opmærksomhed på indsatsen?',
    ],
  },
};
