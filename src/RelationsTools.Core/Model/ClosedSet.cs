using System;
using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>
    /// Reads an enum from data by its exact name. Enum.TryParse alone would also take "3" or "trade",
    /// and a closed set in a data file must be written one way.
    /// </summary>
    public static class ClosedSet<TEnum>
        where TEnum : struct
    {
        private static readonly Dictionary<string, TEnum> ByName = BuildNames();

        internal static IReadOnlyCollection<string> Names => ByName.Keys;

        public static bool TryParse(string? text, out TEnum value)
        {
            if (text is not null && ByName.TryGetValue(text, out value))
            {
                return true;
            }

            value = default;
            return false;
        }

        public static string Describe() => string.Join(", ", ByName.Keys);

        private static Dictionary<string, TEnum> BuildNames()
        {
            var names = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (TEnum value in (TEnum[])Enum.GetValues(typeof(TEnum)))
            {
                names[value.ToString()!] = value;
            }

            return names;
        }
    }
}
