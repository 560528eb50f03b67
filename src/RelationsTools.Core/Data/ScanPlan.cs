using System;
using System.Globalization;

namespace RelationsTools.Data
{
    /// <summary>
    /// How many threads read one large data file, how large a piece of it each takes at a time, and how few of
    /// its rows a read must keep to be worth splitting (see <see cref="TableScan"/>). A file smaller than two
    /// pieces is read on one thread.
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

        /// <summary>
        /// The largest share of its first piece's rows a read may keep and still be split: threads pay for a read that
        /// drops most rows (measured: 1.0x to 1.6x faster for one that keeps 1%), but one that keeps most of them is
        /// bound by the caller taking its rows one by one, and held-back rows that live longer cost the garbage
        /// collector (measured: all rows of 1M with -FileOrder took 6.4 s split against 3.0 s on one thread).
        /// </summary>
        public const double DefaultMostKept = 1.0 / 16;

        public static readonly ScanPlan OneThread = new ScanPlan(1, DefaultChunkBytes);

        public ScanPlan(int threads, long chunkBytes, double mostKept = DefaultMostKept)
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
            MostKept = mostKept;
        }

        /// <summary>One thread per processor, or the number <see cref="ThreadsVariable"/> gives.</summary>
        public static ScanPlan ForThisMachine { get; } = new ScanPlan(ThreadsFrom(Environment.GetEnvironmentVariable(ThreadsVariable)) ?? Environment.ProcessorCount, DefaultChunkBytes);

        public int Threads { get; }

        public long ChunkBytes { get; }

        /// <summary>The largest share of the first piece's rows a read may keep and go on split (see <see cref="DefaultMostKept"/>); 1 splits every read.</summary>
        public double MostKept { get; }

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
