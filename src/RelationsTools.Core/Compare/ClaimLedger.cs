using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Compare
{
    /// <summary>
    /// Claims grouped by topic, and the two comparisons of Compare-Source: every topic across all its
    /// sources, or two sources topic by topic.
    /// </summary>
    /// <example>
    /// <code>
    /// foreach (var row in new ClaimLedger(RelationsData.Bundled.Claims).CompareTopics())
    ///     Console.WriteLine($"{row.Topic}: {row.Status} {row.Summary}");
    /// </code>
    /// </example>
    public sealed class ClaimLedger
    {
        /// <summary>2%: "about US$5 billion" agrees with US$5.05 billion, but a rank of 2 never agrees with 3.</summary>
        public const double DefaultTolerance = 0.02;

        private readonly ClaimAgreement agreement;
        private readonly SourceVoices voices;
        private readonly List<KeyValuePair<string, List<Claim>>> topics = new List<KeyValuePair<string, List<Claim>>>();

        /// <param name="claims">The claims to compare, in data order; topics keep the order, and the spelling, they are first met in.</param>
        /// <param name="tolerance">How far apart two numbers may be and still agree, relative to the larger: 0 to 1.</param>
        /// <param name="sources">Every known source, so that a repost counts as one voice with its original even when the original states nothing here; null to know only the claims' own sources.</param>
        public ClaimLedger(IEnumerable<Claim> claims, double tolerance = DefaultTolerance, IEnumerable<RelationsSource>? sources = null)
        {
            agreement = new ClaimAgreement(tolerance);
            voices = new SourceVoices(sources ?? Array.Empty<RelationsSource>());
            var byTopic = new Dictionary<string, List<Claim>>(Claim.TopicComparer);
            foreach (var claim in claims)
            {
                voices.Add(claim.Source);
                if (!byTopic.TryGetValue(claim.Topic, out var list))
                {
                    list = new List<Claim>();
                    byTopic.Add(claim.Topic, list);
                    topics.Add(new KeyValuePair<string, List<Claim>>(claim.Topic, list));
                }

                list.Add(claim);
            }
        }

        /// <summary>One comparison per topic, with the status of all its claims.</summary>
        public IEnumerable<SourceComparison> CompareTopics()
        {
            foreach (var topic in topics)
            {
                var (status, conflicts) = agreement.Judge(topic.Value, voices);
                yield return new SourceComparison(topic.Key, status, conflicts, topic.Value, voices);
            }
        }

        /// <summary>
        /// One row per topic that either source states, like Compare-Object: <c>==</c> when their claims
        /// agree (left out unless <paramref name="includeEqual"/>), <c>&lt;&gt;</c> when they do not,
        /// <c>&lt;=</c> or <c>=&gt;</c> when only one of them states the topic.
        /// </summary>
        public IEnumerable<SourceDifference> CompareSources(string referenceSourceId, string differenceSourceId, bool includeEqual = false)
        {
            foreach (var topic in topics)
            {
                var reference = topic.Value.Where(c => IsFrom(c, referenceSourceId)).ToList();
                var difference = topic.Value.Where(c => IsFrom(c, differenceSourceId)).ToList();
                if (reference.Count == 0 && difference.Count == 0)
                {
                    continue;
                }

                // Union, so a source compared with itself is not counted twice.
                var both = reference.Concat(difference.Where(c => !reference.Contains(c))).ToList();
                var (status, conflicts) = agreement.Judge(both, voices);
                string indicator = reference.Count == 0 ? SideIndicators.DifferenceOnly
                    : difference.Count == 0 ? SideIndicators.ReferenceOnly
                    : status == ComparisonStatus.Agree || status == ComparisonStatus.Single ? SideIndicators.Equal
                    : SideIndicators.Different;
                if (indicator == SideIndicators.Equal && !includeEqual)
                {
                    continue;
                }

                yield return new SourceDifference(topic.Key, indicator, status, conflicts, reference, difference, both);
            }
        }

        private static bool IsFrom(Claim claim, string sourceId) => RelationsId.AreEqual(claim.SourceId, sourceId);
    }
}
