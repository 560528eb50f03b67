using System;

namespace RelationsTools.Data
{
    /// <summary>
    /// Where a reader reports as it goes: what it finds wrong with single rows (the row is skipped), its
    /// warnings, and how far through a long file it has got. Problems with a whole file (missing, wrong
    /// header, broken quoting) are thrown instead: nothing after them can be trusted.
    /// </summary>
    public sealed class ReadMonitor
    {
        /// <summary>Rows between two progress reports: often enough for a progress bar, rare enough to cost nothing.</summary>
        public const int RowsPerProgressReport = 1 << 14;

        /// <summary>The first bad row throws: for the bundled dataset, which must be whole.</summary>
        public static readonly ReadMonitor Strict = new ReadMonitor(e => throw e, _ => { });

        public ReadMonitor(Action<DataFileException> onBadRow, Action<DataFileException> onWarning, Action<string, double>? onProgress = null, Action<string, long>? onFileRead = null)
        {
            OnBadRow = onBadRow;
            OnWarning = onWarning;
            OnProgress = onProgress;
            OnFileRead = onFileRead;
        }

        public Action<DataFileException> OnBadRow { get; }

        public Action<DataFileException> OnWarning { get; }

        /// <summary>Called every <see cref="RowsPerProgressReport"/> rows with the file and the fraction of its bytes read.</summary>
        public Action<string, double>? OnProgress { get; }

        /// <summary>
        /// Called when a reader of a file is done, at its end or given up early, with the file and the rows it read:
        /// what -Verbose says was read. A file read in pieces, on several threads, is reported once per piece, from
        /// the piece's thread.
        /// </summary>
        public Action<string, long>? OnFileRead { get; }
    }
}
