namespace RelationsTools.Data
{
    public enum ProblemSeverity
    {
        Error,
        Warning,
    }
}
