/**
 * Lets queued messages run in the middle of a long job. A MessageChannel round trip is a
 * real task (unlike a resolved promise) and is not clamped like a nested setTimeout.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
