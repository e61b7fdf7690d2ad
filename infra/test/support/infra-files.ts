import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigVariables } from '../../../apps/api/src/config/config-variables';

export const INFRA_FOLDER = path.resolve(__dirname, '../..');
export const K8S_FOLDER = path.join(INFRA_FOLDER, 'k8s');

/** The settings the API and worker processes read (the config class is the one source of truth). */
export const API_SETTINGS = Object.keys(new ConfigVariables());

/** Read by Node and the libraries, not by the config class. */
export const RUNTIME_SETTINGS = ['NODE_ENV'];

export interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export function readYamlDocuments(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
    return document.toJS();
  });
}

/** Every Kubernetes object in infra/k8s (the kustomization file is a build instruction, not an object). */
export function readManifests(): Manifest[] {
  return readdirSync(K8S_FOLDER)
    .filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) =>
      readYamlDocuments(path.join(K8S_FOLDER, file)).map((document) => ({ ...(document as Manifest), file })),
    );
}

/** The Kubernetes object as written, without the file name it was read from. */
export function kubernetesObject(manifest: Manifest): Record<string, unknown> {
  const object: Record<string, unknown> = { ...manifest };
  delete object.file;
  return object;
}

/** KEY=value lines of an env file, commented lines and blank lines left out. */
export function readEnvFileKeys(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined);
}
