using System;

namespace RelationsTools.Model
{
    /// <summary>
    /// How ids of sources, actors, events, figures and claims compare, everywhere: as keys (<see cref="KeyComparer"/>),
    /// ignoring case, surrounding white space and invisible characters. A citation of
    /// <c>KHMERTIMES-2025-08-18-BORDER-TRADE ¶9</c> names the source <c>khmertimes-2025-08-18-border-trade</c>,
    /// and a second row with that spelling is the same id, not a new one.
    /// </summary>
    public static class RelationsId
    {
        public static StringComparer Comparer => KeyComparer.Instance;

        public static bool AreEqual(string? a, string? b) => KeyComparer.Instance.Equals(a, b);
    }
}
