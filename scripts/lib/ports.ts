import net from "node:net";

/** Asks the kernel for a free port on loopback, so a busy 3000 or 5432 never breaks a run. */
export function findFreePort(preferred?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (preferred !== undefined && error.code === "EADDRINUSE") resolve(findFreePort());
      else reject(error);
    });
    server.listen(preferred ?? 0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
