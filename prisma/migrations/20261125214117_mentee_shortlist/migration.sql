-- CreateTable
CREATE TABLE "ShortlistChoice" (
    "requestId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortlistChoice_pkey" PRIMARY KEY ("requestId","mentorId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShortlistChoice_requestId_rank_key" ON "ShortlistChoice"("requestId", "rank");

-- AddForeignKey
ALTER TABLE "ShortlistChoice" ADD CONSTRAINT "ShortlistChoice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "MentoringRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortlistChoice" ADD CONSTRAINT "ShortlistChoice_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ShortlistChoice" ADD CONSTRAINT "ShortlistChoice_rank_range" CHECK ("rank" BETWEEN 1 AND 5);
