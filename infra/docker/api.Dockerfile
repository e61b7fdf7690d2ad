# syntax=docker/dockerfile:1.7
# The API image; the same image runs the HTTP process (default), the queue worker (`node dist/worker.js`) and the
# migrations (`node dist/database/run-migrations.js`). Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile -t nianbao-api .

FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /repo

# Build the API and the workspace packages it depends on, then `pnpm deploy` copies the API with only its
# production dependencies (workspace packages included as built copies) into /deploy.
FROM base AS build
COPY . .
RUN pnpm install --frozen-lockfile --filter @nianbao/api...
RUN pnpm exec turbo run build --filter=@nianbao/api...
RUN pnpm --filter @nianbao/api deploy --prod --legacy /deploy

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /deploy ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
