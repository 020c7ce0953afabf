/** The svarskala of the vurderingsskema: four graded answers and "not possible". */
export const RATING_VALUES = ['high', 'some', 'low', 'none', 'na'] as const;
export type RatingValue = (typeof RATING_VALUES)[number];
export type GradedValue = Exclude<RatingValue, 'na'>;

export interface ScaleStep {
  key: RatingValue;
  label: string;
  /** Numeric value used by the statistics; `null` for `na`, which is no value. */
  value: number | null;
}

export const SCALE: readonly ScaleStep[] = [
  { key: 'high', label: 'I høj grad', value: 3 },
  { key: 'some', label: 'I nogen grad', value: 2 },
  { key: 'low', label: 'I mindre grad', value: 1 },
  { key: 'none', label: 'Slet ikke', value: 0 },
  {
    key: 'na',
    label: 'Stillingtagen ikke mulig pga. manglende dokumentation/ikke relevant',
    value: null,
  },
];

const byKey = new Map(SCALE.map((step) => [step.key, step]));

export function scaleStep(key: RatingValue): ScaleStep {
  const step = byKey.get(key);
  if (!step) throw new Error(`unknown rating value ${key}`);
  return step;
}
