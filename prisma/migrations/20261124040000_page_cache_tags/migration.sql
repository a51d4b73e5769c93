-- Cache tags expired by any server process (lib/page-cache/cache-handler.js): every process
-- reads the rows added since it last looked before answering from its page cache.
CREATE TABLE "page_cache_tag" (
    "tag" TEXT NOT NULL,
    "stale_at" DOUBLE PRECISION,
    "expired_at" DOUBLE PRECISION,
    "seq" BIGSERIAL NOT NULL,

    CONSTRAINT "page_cache_tag_pkey" PRIMARY KEY ("tag")
);

CREATE INDEX "page_cache_tag_seq_idx" ON "page_cache_tag"("seq");
