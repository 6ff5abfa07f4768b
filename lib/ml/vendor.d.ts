/** Types for untyped packages the runtime imports. */
declare module 'vader-sentiment' {
  const vader: unknown;
  export default vader;
}
