-- Sign-in, password-reset and invitation throttling counts, shared by every API instance.
-- The layout is rate-limiter-flexible's (RateLimiterPostgres, tableCreated: true); keys are
-- SHA-256 digests, so TEXT never exceeds an index entry and no e-mail address is stored.

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limit_expire_idx" ON "rate_limit"("expire");
