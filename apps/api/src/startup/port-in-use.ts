/** The port is taken, most often by another `pnpm start`: one line that says so and how to pick another. */
export function isPortInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

export function portInUseMessage(port: number): string {
  return `端口 ${port} 已被占用，请换一个端口 / Port ${port} is already in use; choose another: PORT=${port + 1} pnpm start`;
}
