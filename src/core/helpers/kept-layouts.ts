/**
 * V8 optimises the engine's loops for the layout of the objects they meet (a "map": which fields, in which
 * order), learnt as instances of a class are made. A class's layout lives only as long as one of its instances.
 * After a validation every working object of the engine (tables, columns, row readers) is garbage, so the next
 * full garbage collection forgets those layouts and throws away all optimised code that relied on them: the
 * next validation starts cold again, at 100,000 units twice as slow (issue 9), whenever a collection fell
 * between two validations (the pane validating again; the bench, which collects before each run). One small
 * idle instance of such a class, kept here for good, keeps its layout known. It costs a few hundred bytes.
 */
const kept: object[] = [];

/** Keeps `instance` for good (one per class, made with the class's own constructor); returns it. */
export function keepLayout<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
