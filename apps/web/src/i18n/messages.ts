/**
 * The shape every translation must have: the same keys as English, every value a string.
 * Languages with more plural forms than English add them next to each `_other` key
 * (Polish needs `_few` and `_many`), so a missing plural form fails the type check too.
 */
export type Messages<Source, ExtraPluralForms extends string = never> = {
  [K in keyof Source]: Source[K] extends string ? string : Messages<Source[K], ExtraPluralForms>;
} & {
  [
    K in keyof Source as K extends `${infer Base}_other` ? `${Base}_${ExtraPluralForms}` : never
  ]: string;
};
