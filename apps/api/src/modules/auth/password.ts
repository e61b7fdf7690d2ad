import bcrypt from 'bcryptjs';

// bcryptjs is pure JS (no native build); cost 10 keeps a login near 60 ms on this hardware.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

export const MIN_PASSWORD_LENGTH = 8;
