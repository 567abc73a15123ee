/**
 * A view of `target` whose `name` is `method` and whose other members are the target's own (its
 * functions bound to it): how the content loader gets a watcher or a logger that behaves
 * differently in one respect without wrapping every member by hand.
 */
export function withMethod<T extends object, K extends keyof T>(target: T, name: K, method: T[K]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (property === name) return method;
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
