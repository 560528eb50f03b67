using System;
using System.Globalization;

namespace RelationsTools.Data
{
    /// <summary>
    /// How many threads read one large data file, and how large a piece of it each takes at a time
    /// (see <see cref="TableScan"/>). A file smaller than two pieces is read on one thread.
    /// </summary>
    internal sealed class ScanPlan
    {
        /// <summary>The environment variable that sets the number of threads, 1 to read every file on one.</summary>
        public const string ThreadsVariable = "RELATIONSTOOLS_THREADS";

        /// <summary>
        /// A piece large enough that opening a reader for it costs nothing next to reading it (a reader reads on
        /// past its piece by one buffer, to find where the next record starts), small enough that two cores share
        /// a 30 MB file evenly and that the rows held back for file order stay few.
        /// </summary>
        public const long DefaultChunkBytes = 4 << 20;

        public static readonly ScanPlan OneThread = new ScanPlan(1, DefaultChunkBytes);

        public ScanPlan(int threads, long chunkBytes)
        {
            if (threads < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
            }

            if (chunkBytes < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(chunkBytes), chunkBytes, "at least one byte");
            }

            Threads = threads;
            ChunkBytes = chunkBytes;
        }

        /// <summary>One thread per processor, or the number <see cref="ThreadsVariable"/> gives.</summary>
        public static ScanPlan ForThisMachine { get; } = new ScanPlan(ThreadsFrom(Environment.GetEnvironmentVariable(ThreadsVariable)) ?? Environment.ProcessorCount, DefaultChunkBytes);

        public int Threads { get; }

        public long ChunkBytes { get; }

        public bool Splits(long fileLength) => Threads > 1 && fileLength >= 2 * ChunkBytes;

        /// <summary>
        /// This plan, or one thread when the reader must meet the ids in file order: to find a second row with one
        /// id (an <see cref="IdRegister"/>), or when a query by id records the ids it met.
        /// </summary>
        public ScanPlan UnlessIdsInOrder(bool idsInOrder) => idsInOrder ? OneThread : this;

        /// <summary>The number of threads <see cref="ThreadsVariable"/>'s value gives: a whole number from 1; null for anything else.</summary>
        internal static int? ThreadsFrom(string? text)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) && threads >= 1 ? threads : (int?)null;
        }
    }
}
