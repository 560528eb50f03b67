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
    /// Where a reader sends what it finds wrong with single rows (the row is skipped) and its warnings.
    /// Problems with a whole file (missing, wrong header, broken quoting) are thrown instead: nothing
    /// after them can be trusted.
    /// </summary>
    public sealed class ProblemSink
    {
        /// <summary>The first bad row throws: for the bundled dataset, which must be whole.</summary>
        public static readonly ProblemSink Strict = new ProblemSink(e => throw e, _ => { });

        public ProblemSink(Action<DataFileException> onBadRow, Action<DataFileException> onWarning)
        {
            OnBadRow = onBadRow;
            OnWarning = onWarning;
        }

        public Action<DataFileException> OnBadRow { get; }

        public Action<DataFileException> OnWarning { get; }
    }
}
