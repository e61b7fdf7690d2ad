# syntax=docker/dockerfile:1.7
# nginx with the admin app at / and the mini-program's H5 build at /m/; /api is proxied to the API processes.
# Build from the repository root: docker build -f infra/docker/web.Dockerfile -t nianbao-web .

FROM node:20-bookworm-slim AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1 CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /repo
COPY . .
RUN pnpm install --frozen-lockfile --filter @nianbao/admin... --filter miniapp...
RUN pnpm exec turbo run build --filter=@nianbao/admin \
  && pnpm exec turbo run build --filter=miniapp^... \
  && pnpm --filter miniapp run build:h5

FROM nginx:1.27-alpine AS runtime
COPY infra/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /repo/apps/admin/dist /usr/share/nginx/html/admin
COPY --from=build /repo/apps/miniapp/dist/h5 /usr/share/nginx/html/m
EXPOSE 80
