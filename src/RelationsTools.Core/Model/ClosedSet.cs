using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;

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

        // The same names as UTF-8, for reading a field in place without making a string of it.
        private static readonly KeyValuePair<byte[], TEnum>[] ByUtf8Name = ByName
            .Select(pair => new KeyValuePair<byte[], TEnum>(System.Text.Encoding.UTF8.GetBytes(pair.Key), pair.Value))
            .ToArray();

        public static IReadOnlyCollection<string> Names => ByName.Keys;

        public static bool TryParse(string? text, out TEnum value)
        {
            if (text is not null && ByName.TryGetValue(text, out value))
            {
                return true;
            }

            value = default;
            return false;
        }

        [MethodImpl(HotPath.Optimize)]
        internal static bool TryParseUtf8(ReadOnlySpan<byte> utf8, out TEnum value)
        {
            foreach (var pair in ByUtf8Name)
            {
                if (utf8.SequenceEqual(pair.Key))
                {
                    value = pair.Value;
                    return true;
                }
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
