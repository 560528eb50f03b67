using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using RelationsTools.Data;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// A closed-set field judged in place: exactly the names are names, each admitted as the query says, and
    /// nothing else is a name, however close (one byte changed, cut short, run on, another case, a NUL).
    /// </summary>
    public class Utf8ClosedSetTests
    {
        // Names of every length that picks a different way of reading the key (1, 2-3, 4-7, 8-16, past 16),
        // and pairs that share their length and their first and last eight bytes, which only a full compare tells apart.
        public enum Lengths
        {
            A,
            Bc,
            Def,
            Ghij,
            Klmnopq,
            Rstuvwxy,
            Zabcdefghijklmno,
            Pqrstuvwxyzabcdefg,
            PqrstuvwXyzabcdefg,
            AaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaB,
            AaaaaaaaaaaaaaaaaXaaaaaaaaaaaaaaaaB,
        }

        public static TheoryData<string> Sets => new TheoryData<string> { nameof(EventCategory), nameof(TradeMetric), nameof(EventStatus), nameof(Lengths) };

        [Theory]
        [MemberData(nameof(Sets))]
        public void Each_name_is_a_name_and_admitted_exactly_when_the_query_admits_it(string set) => ClosedSetNamed(set).EachNameJudgedRight();

        [Theory]
        [MemberData(nameof(Sets))]
        public void Nothing_but_a_name_is_a_name(string set) => ClosedSetNamed(set).NearMissesRefused();

        // By name, so that each set is a test case of its own.
        private static ClosedSetCase ClosedSetNamed(string set) => set switch
        {
            nameof(EventCategory) => new ClosedSetCase<EventCategory>(),
            nameof(TradeMetric) => new ClosedSetCase<TradeMetric>(),
            nameof(EventStatus) => new ClosedSetCase<EventStatus>(),
            nameof(Lengths) => new ClosedSetCase<Lengths>(),
            _ => throw new ArgumentException("no such closed set: " + set, nameof(set)),
        };

        private abstract class ClosedSetCase
        {
            public abstract void EachNameJudgedRight();

            public abstract void NearMissesRefused();
        }

        private sealed class ClosedSetCase<TEnum> : ClosedSetCase
            where TEnum : struct, Enum
        {
            public override void EachNameJudgedRight()
            {
                foreach (TEnum value in Enum.GetValues(typeof(TEnum)))
                {
                    byte[] name = Encoding.UTF8.GetBytes(value.ToString());
                    Assert.True(Utf8ClosedSet<TEnum>.AllAdmitted.Admits(name, out bool isName), value.ToString());
                    Assert.True(isName, value.ToString());

                    // Admitting one member: its name alone is admitted, and every other is still a name.
                    var justThis = Utf8ClosedSet<TEnum>.Admitting(v => v.Equals(value));
                    foreach (TEnum other in Enum.GetValues(typeof(TEnum)))
                    {
                        bool admitted = justThis.Admits(Encoding.UTF8.GetBytes(other.ToString()), out bool otherIsName);
                        Assert.True(otherIsName, other.ToString());
                        Assert.True(admitted == other.Equals(value), $"admitting {value}, {other} was {(admitted ? "admitted" : "refused")}");
                    }
                }
            }

            public override void NearMissesRefused()
            {
                var names = new HashSet<string>(Enum.GetNames(typeof(TEnum)), StringComparer.Ordinal);
                var admitAll = Utf8ClosedSet<TEnum>.AllAdmitted;
                foreach (string miss in names.SelectMany(NearMisses).Where(text => !names.Contains(text)).Distinct())
                {
                    bool admitted = admitAll.Admits(Encoding.UTF8.GetBytes(miss), out bool isName);
                    Assert.False(isName, $"'{miss}' was taken for a name");
                    Assert.False(admitted, $"'{miss}' was admitted");
                }

                Assert.False(admitAll.Admits(ReadOnlySpan<byte>.Empty, out bool emptyIsName));
                Assert.False(emptyIsName);
            }
        }

        private static IEnumerable<string> NearMisses(string name)
        {
            for (int i = 0; i < name.Length; i++)
            {
                char[] chars = name.ToCharArray();
                chars[i] = (char)(chars[i] ^ 0x20); // the other case
                yield return new string(chars);
                chars[i] = (char)((name[i] ^ 0x01) | 0x40); // another letter
                yield return new string(chars);
                chars[i] = 'é';
                yield return new string(chars);
                yield return name.Substring(0, i);
                yield return name.Substring(i + 1);
                yield return name.Remove(i, 1);
            }

            yield return name + "s";
            yield return "x" + name;
            yield return name + " ";
            yield return " " + name;
            // Zero bytes after a name read as the name's own padding in the key; only the length tells them apart.
            for (int zeros = 1; name.Length + zeros <= 16; zeros++)
            {
                yield return name + new string('\0', zeros);
            }

            yield return name + name;
            yield return name.ToUpperInvariant();
            yield return name.ToLowerInvariant();
        }
    }
}
