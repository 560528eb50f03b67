using System;
using System.Runtime.CompilerServices;
using System.Linq;

namespace RelationsTools.Query
{
    /// <summary>Wildcards over a closed set, resolved once to the members they match, so a row costs an array lookup.</summary>
    internal sealed class ClosedSetFilter<TEnum>
        where TEnum : struct, Enum
    {
        // Indexed by the member's value: a row's test is one array read. Null when every member is admitted.
        private readonly bool[]? admitted;

        private ClosedSetFilter(bool[]? admitted) => this.admitted = admitted;

        public static ClosedSetFilter<TEnum> From(TextPattern[]? patterns)
        {
            if (patterns is null)
            {
                return new ClosedSetFilter<TEnum>(null);
            }

            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            {
                throw new NotSupportedException($"{typeof(TEnum).Name} is not an int enum, so its values cannot index a table.");
            }

            var values = (TEnum[])Enum.GetValues(typeof(TEnum));
            var admitted = new bool[values.Length == 0 ? 0 : values.Max(v => Index(v)) + 1];
            foreach (TEnum value in values)
            {
                if (TextPattern.AnyMatch(patterns, value.ToString()))
                {
                    admitted[Index(value)] = true;
                }
            }

            return new ClosedSetFilter<TEnum>(admitted);
        }

        public bool Admits(TEnum value)
        {
            if (admitted is null)
            {
                return true;
            }

            int index = Index(value);
            return (uint)index < (uint)admitted.Length && admitted[index];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Index(TEnum value) => Unsafe.As<TEnum, int>(ref value);
    }
}
