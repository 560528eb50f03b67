namespace RelationsTools.Data
{
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
}
