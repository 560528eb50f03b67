using System;

namespace RelationsTools.Data
{
    public enum ProblemSeverity
    {
        Error,
        Warning,
    }

    /// <summary>One problem in a data folder, as Test-RelationsData reports it.</summary>
    public sealed class DataProblem
    {
        public DataProblem(DataFileException exception, ProblemSeverity severity)
        {
            File = exception.FilePath;
            Line = exception.Line;
            Field = exception.Field ?? string.Empty;
            Value = exception.Value ?? string.Empty;
            Problem = exception.Reason;
            ErrorId = exception.ErrorId;
            Severity = severity;
        }

        public string File { get; }

        /// <summary>The 1-based line where the record starts; 0 when the problem is the whole file.</summary>
        public long Line { get; }

        public string Field { get; }

        public string Value { get; }

        public string Problem { get; }

        public ProblemSeverity Severity { get; }

        /// <summary>The stable id of the kind of problem (one of <see cref="DataErrorIds"/>).</summary>
        public string ErrorId { get; }

        public override string ToString() => $"{Severity}: {File}:{Line}: {Field}: {Problem}";
    }

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

        public ReadMonitor(Action<DataFileException> onBadRow, Action<DataFileException> onWarning, Action<string, double>? onProgress = null)
        {
            OnBadRow = onBadRow;
            OnWarning = onWarning;
            OnProgress = onProgress;
        }

        public Action<DataFileException> OnBadRow { get; }

        public Action<DataFileException> OnWarning { get; }

        /// <summary>Called every <see cref="RowsPerProgressReport"/> rows with the file and the fraction of its bytes read.</summary>
        public Action<string, double>? OnProgress { get; }
    }
}
