// A driver adapter for Prisma's WASM schema engine (`engine: "js"`), used only by the prisma CLI
// (migrate, db, generate). The stock PrismaPg factory fails for migrations in four ways, each one seen here:
//   1. catalog columns of types name/char "could not be deserialized"
//      (https://github.com/prisma/prisma/issues/27403): relabel them as text;
//   2. given a connection string, the shadow database it opens is really the main one: pass discrete fields;
//   3. it drops the shadow database while still connected to it: drop it after closing, WITH (FORCE);
//   4. idle pool clients keep the CLI alive ~10 s: allowExitOnIdle;
//   5. it runs a migration script by splitting it on ";", which cuts function bodies ($$ … $$) apart: send the
//      whole script in one simple query, which PostgreSQL runs statement by statement itself.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// OIDs of char(18), name(19), regproc(24), pg_node_tree(194), regnamespace(2205)... that the engine reads as text.
const CATALOG_TEXT_OIDS = new Set([18, 19, 24, 194, 2205, 2206]);
const TEXT_OID = 25;

type FieldLike = { dataTypeID: number };

function relabelCatalogFields<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const each of results as Array<{ fields?: FieldLike[] } | undefined>) {
    for (const field of each?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogAsTextClient extends pg.Client {
  // pg.Pool calls query() with a trailing callback; the adapter's own queries pass through here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : relabelCatalogFields(result));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned && typeof returned.then === "function" ? returned.then(relabelCatalogFields) : returned;
  }
}

function poolConfigFromUrl(databaseUrl: string, database?: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: database ?? decodeURIComponent(url.pathname.slice(1)),
    Client: CatalogAsTextClient,
    allowExitOnIdle: true,
    max: 4,
  };
}

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  client: { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

function runScriptsWhole<T>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  runner.executeScript = async (script: string) => {
    try {
      await runner.client.query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly databaseUrl: string) {
    super(poolConfigFromUrl(databaseUrl));
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const shadowName = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const { Client: _client, allowExitOnIdle: _exit, max: _max, ...connection } = poolConfigFromUrl(this.databaseUrl);
    const admin = new pg.Client(connection);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${shadowName}"`);
    const shadowFactory = new PrismaPg(poolConfigFromUrl(this.databaseUrl, shadowName));
    const shadow = runScriptsWhole(await shadowFactory.connect());
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  }
}

export function createMigrationAdapter(databaseUrl: string) {
  return new MigrationAdapterFactory(databaseUrl);
}
