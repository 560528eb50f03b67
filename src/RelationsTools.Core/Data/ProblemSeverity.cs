using System;

namespace RelationsTools.Data
{
    public enum ProblemSeverity
    {
        Error,
        Warning,
    }
}
