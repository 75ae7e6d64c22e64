# syntax=docker/dockerfile:1
# Live Platform Console: the SPA and its server, run by `node` on plain JavaScript (no TypeScript
# runtime in production). scripts/production-start.ts performs these same steps without Docker and
# runs in `npm test`; keep the two in step (docs/deploy.md).

ARG NODE_IMAGE=node:22-bookworm-slim

# Build: every dependency, then the SPA (dist/) and the server (dist-server/main.js).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json vite.config.ts index.html ./
COPY public ./public
COPY src ./src
COPY server ./server
COPY simulator ./simulator
COPY scripts ./scripts
RUN npm run build

# Runtime: production dependencies only, the built files, a non-root user, nothing written to the image.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    DIST_DIR=/app/dist
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
# The image's files stay root-owned and read-only to the process; it writes nowhere but stdout
# (and CONSOLE_DATA_DIR when the embedded store is used: mount a volume there).
USER node
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/livez').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1's child of nothing: exec form, so SIGTERM reaches it and the graceful stop runs.
CMD ["node", "--enable-source-maps", "dist-server/main.js"]
