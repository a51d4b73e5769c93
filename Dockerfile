# The app image: `npm run db:migrate` then `npm run serve` (one Next.js worker per CPU core).
# Built and run by docker-compose.yml; see README "Production with Docker Compose".
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

# Dependencies first, so that a source change does not reinstall them. The postinstall step
# (prisma generate) needs the schema and the script that runs it.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/db-generate.ts ./scripts/db-generate.ts
RUN npm install --no-audit --no-fund

COPY . .
# The start pages are prerendered here with the public address in their canonical links: pass
# the address the site is served at (docker-compose.yml passes SITE_URL).
ARG SITE_URL=http://localhost:3000
RUN npm run build

ENV NODE_ENV=production \
    HOSTNAME=0.0.0.0 \
    PORT=3000
EXPOSE 3000

# Migrations are idempotent: each start applies only those the database has not seen.
CMD ["sh", "-c", "npm run db:migrate && exec npm run serve"]
