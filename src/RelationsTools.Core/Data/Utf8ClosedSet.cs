using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A closed set's exact names as UTF-8, for reading a field in place: one lookup in a small open-addressing
    /// table keyed by length and first and last byte, so a field is compared with one name, not with each in turn.
    /// </summary>
    /// <remarks>
    /// An instance, handed down to the per-row methods, rather than static fields: those methods are compiled
    /// fully optimised before the class is initialised, and would then check its initialisation on every row.
    /// </remarks>
    internal sealed class Utf8ClosedSet<TEnum>
        where TEnum : struct
    {
        public static readonly Utf8ClosedSet<TEnum> Instance = new Utf8ClosedSet<TEnum>();

        private readonly byte[][] names;
        private readonly TEnum[] values;

        // Index + 1 of the name in each slot, 0 for none; at most a quarter full, so a probe ends soon.
        private readonly int[] slots;

        private Utf8ClosedSet()
        {
            names = ClosedSet<TEnum>.Names.Select(name => Encoding.UTF8.GetBytes(name)).ToArray();
            values = ClosedSet<TEnum>.Names
                .Select(name =>
                {
                    ClosedSet<TEnum>.TryParse(name, out TEnum value);
                    return value;
                })
                .ToArray();

            int size = 16;
            while (size < names.Length * 4)
            {
                size *= 2;
            }

            slots = new int[size];
            for (int i = 0; i < names.Length; i++)
            {
                int slot = Key(names[i]) & (size - 1);
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & (size - 1);
                }

                slots[slot] = i + 1;
            }
        }

        /// <summary>False when <paramref name="utf8"/> is not one of the names exactly.</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool TryParse(ReadOnlySpan<byte> utf8, out TEnum value)
        {
            int mask = slots.Length - 1;
            for (int slot = Key(utf8) & mask; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                int candidate = slots[slot] - 1;
                if (utf8.SequenceEqual(names[candidate]))
                {
                    value = values[candidate];
                    return true;
                }
            }

            value = default;
            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int Key(ReadOnlySpan<byte> utf8) => utf8.Length == 0 ? 0 : (utf8.Length * 31) ^ (utf8[0] << 3) ^ (utf8[utf8.Length - 1] * 7);
    }
}
