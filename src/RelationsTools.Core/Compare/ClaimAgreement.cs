using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>The rules of Compare-Source: when two claims agree, when they are about the same time, and what a topic's claims amount to.</summary>
    internal sealed class ClaimAgreement
    {
        public ClaimAgreement(double tolerance)
        {
            if (double.IsNaN(tolerance) || tolerance < 0 || tolerance > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance is a fraction from 0 to 1, such as 0.02 for 2%.");
            }

            Tolerance = (decimal)tolerance;
        }

        /// <summary>How far apart two numbers may be and still agree, relative to the larger of them.</summary>
        public decimal Tolerance { get; }

        /// <summary>
        /// Single, Agree, Conflict or Changed, decided in that order. Single means one voice: one document, or
        /// a document and its reposts, which say nothing the original did not.
        /// </summary>
        public ComparisonStatus StatusOf(IReadOnlyList<Claim> claims, SourceVoices voices) => Judge(claims, voices).Status;

        /// <summary>
        /// The status of <paramref name="claims"/> (see <see cref="StatusOf"/>) and, for a Conflict, the pairs that make it
        /// one: every two claims that disagree about the same time, in data order. Any other status has none.
        /// </summary>
        public (ComparisonStatus Status, IReadOnlyList<ClaimConflict> Conflicts) Judge(IReadOnlyList<Claim> claims, SourceVoices voices)
        {
            if (claims.Select(c => voices.VoiceOf(c.SourceId)).Distinct(RelationsId.Comparer).Count() <= 1)
            {
                return (ComparisonStatus.Single, Array.Empty<ClaimConflict>());
            }

            var conflicts = new List<ClaimConflict>();
            bool anyDisagreement = false;
            for (int i = 0; i < claims.Count; i++)
            {
                for (int j = i + 1; j < claims.Count; j++)
                {
                    if (Agree(claims[i], claims[j]))
                    {
                        continue;
                    }

                    anyDisagreement = true;
                    if (AboutTheSameTime(claims[i], claims[j]))
                    {
                        conflicts.Add(new ClaimConflict(claims[i], claims[j]));
                    }
                }
            }

            var status = conflicts.Count > 0 ? ComparisonStatus.Conflict : anyDisagreement ? ComparisonStatus.Changed : ComparisonStatus.Agree;
            return (status, conflicts);
        }

        /// <summary>True when both claims can be right at once. Claims in different units never agree.</summary>
        public bool Agree(Claim a, Claim b)
        {
            if (a.Unit != b.Unit)
            {
                return false;
            }

            return a.Unit switch
            {
                ValueUnit.Date => DatesAgree(a.DateValue, b.DateValue),
                ValueUnit.Status => string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase),

                // The topic names the remark; two documents quoting it render its words differently (a
                // translation, a paraphrase inside quotation marks) without saying anything different.
                ValueUnit.Quote => true,
                _ => NumbersAgree(a, b),
            };
        }

        /// <summary>
        /// True when the two claims may be about the same time, so that a disagreement between them is a
        /// conflict rather than a change. A claim that gives no period may be about any time. A total over a
        /// period (a trade figure's two-way trade, exports, imports or share of trade) is about that whole
        /// period only: another period is another quantity, even one inside it, so January-July 2025 never
        /// conflicts with 2025. Every other claim (a rank, an age, a count, a level, a status) says in AsOf
        /// when it held, at the precision its source gives: "2024" and "2024-09" may name the same moment,
        /// so any overlap counts as the same time.
        /// </summary>
        public static bool AboutTheSameTime(Claim a, Claim b)
        {
            if (DatesAHappening(a) && DatesAHappening(b))
            {
                return true;
            }

            if (!a.AsOfDate.IsKnown || !b.AsOfDate.IsKnown)
            {
                return true;
            }

            if (a.IsTotalOverPeriod && b.IsTotalOverPeriod)
            {
                return a.AsOfDate.Start == b.AsOfDate.Start && a.AsOfDate.End == b.AsOfDate.End;
            }

            return a.AsOfDate.Overlaps(b.AsOfDate.Start, b.AsOfDate.End);
        }

        /// <summary>
        /// True for a claim that dates a happening: its AsOf is the happening's date (data/README.md). Two of
        /// them on one topic date the same happening, so if they differ they contradict each other; a
        /// happening's date cannot change over time, however far apart the two dates are.
        /// </summary>
        internal static bool DatesAHappening(Claim claim)
            => claim.Unit == ValueUnit.Date && string.Equals(claim.AsOf, claim.Value, StringComparison.Ordinal);

        // A date agrees with another when one's span contains the other's: "2024-09" and "2024-09-20" can
        // both be right about one day, and "2024" with either. An empty date (the source states the
        // happening but not when) contradicts no date. Two spans that merely overlap ("1970/1979" and
        // "1975/1989") name different periods, so they disagree.
        private static bool DatesAgree(FuzzyDate? a, FuzzyDate? b)
        {
            if (a is null || b is null || !a.IsKnown || !b.IsKnown)
            {
                return true;
            }

            return a.Contains(b) || b.Contains(a);
        }

        // Each number claim stands for the set of values it allows: Exact and About the number itself,
        // AtLeast x everything from x up, AtMost x everything up to x. Two claims agree when their sets
        // overlap, or when the gap between their nearer ends is within the relative tolerance. So AtLeast
        // 80 agrees with 85, and with 79 at 2% (79 >= 80 * 0.98); two AtLeast claims always agree (both
        // sets run upwards without end), as do two AtMost; AtLeast 80 and AtMost 70 disagree unless 70 is
        // within tolerance of 80. About gets no width of its own: any width would be a guess, and the
        // tolerance is the one knob a user turns to read numbers more loosely.
        private bool NumbersAgree(Claim a, Claim b)
        {
            if (a.Number is not decimal x || b.Number is not decimal y)
            {
                return true; // a claim without a number states nothing to disagree with
            }

            var (aLow, aHigh) = Bounds(x, a.Qualifier);
            var (bLow, bHigh) = Bounds(y, b.Qualifier);
            if (aHigh is decimal aTop && bLow is decimal bBottom && aTop < bBottom)
            {
                return WithinTolerance(aTop, bBottom);
            }

            if (bHigh is decimal bTop && aLow is decimal aBottom && bTop < aBottom)
            {
                return WithinTolerance(bTop, aBottom);
            }

            return true;
        }

        private bool WithinTolerance(decimal a, decimal b)
            => Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

        // Null is an open end.
        private static (decimal? Low, decimal? High) Bounds(decimal value, Qualifier qualifier) => qualifier switch
        {
            Qualifier.AtLeast => (value, null),
            Qualifier.AtMost => (null, value),
            _ => (value, value),
        };
    }
}
