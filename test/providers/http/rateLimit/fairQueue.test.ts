import { FairQueue } from '../../../../src/providers/http/rateLimit/fairQueue';

describe('FairQueue', () => {
  it('serves owners in turn, each owner’s calls in order', () => {
    const queue = new FairQueue<string>();
    const heavy = {};
    const light = {};
    for (let call = 1; call <= 3; call += 1) queue.push(heavy, `heavy ${call}`);
    queue.push(light, 'light 1');
    queue.push(light, 'light 2');
    const order = Array.from({ length: 5 }, () => queue.shift());
    expect(order).toEqual(['heavy 1', 'light 1', 'heavy 2', 'light 2', 'heavy 3']);
    expect(queue.shift()).toBeUndefined();
  });

  it('puts a new owner at the end of the round under way', () => {
    const queue = new FairQueue<string>();
    const [a, b, c] = [{}, {}, {}];
    queue.push(a, 'a1');
    queue.push(a, 'a2');
    queue.push(b, 'b1');
    queue.push(b, 'b2');
    expect(queue.shift()).toBe('a1');
    queue.push(c, 'c1');
    // b has not had its turn in this round yet, c joins behind it and before a's next turn.
    expect([queue.shift(), queue.shift(), queue.shift(), queue.shift()]).toEqual(['b1', 'c1', 'a2', 'b2']);
  });

  it('takes a call out of line and keeps the others’ turns', () => {
    const queue = new FairQueue<string>();
    const [a, b] = [{}, {}];
    queue.push(a, 'a1');
    queue.push(b, 'b1');
    queue.push(a, 'a2');
    expect(queue.remove(b, 'b1')).toBe(true);
    expect(queue.remove(b, 'b1')).toBe(false);
    expect(queue.removeWhere((item) => item === 'a2')).toEqual(['a2']);
    expect(queue.size).toBe(1);
    expect(queue.shift()).toBe('a1');
  });

  it('counts the calls ahead of one more call of an owner', () => {
    const queue = new FairQueue<string>();
    const [heavy, light, newcomer] = [{}, {}, {}];
    for (let call = 0; call < 20; call += 1) queue.push(heavy, 'h');
    queue.push(light, 'l');
    // A newcomer waits for one turn of each owner; the light request's second call for two of heavy's.
    expect(queue.ahead(newcomer)).toBe(2);
    expect(queue.ahead(light)).toBe(3);
    expect(queue.ahead(heavy)).toBe(21);
  });
});
