using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// The -Topic and -SourceId filters of the claim cmdlets: wildcards matched case-insensitively with the
    /// invariant culture, and afterwards the plain names that name nothing, which are worth an error.
    /// </summary>
    /// <remarks>
    /// It remembers the topics it has met while <see cref="Apply"/> streams, so a big claims file is read once
    /// and never held in memory just to check the names. A source id is checked against the sources, not the
    /// claims: a source that exists but states no claim is an empty answer, not a missing name.
    /// </remarks>
    public sealed class ClaimFilter
    {
        private readonly HashSet<string> topicsMet = new HashSet<string>(Claim.TopicComparer);

        /// <param name="topics">Topic patterns; null for every topic.</param>
        /// <param name="sourceIds">Source id patterns; null for every source.</param>
        /// <param name="sourceKinds">Source kind patterns: only claims of documents of these kinds; null for every kind.</param>
        public ClaimFilter(IEnumerable<string>? topics, IEnumerable<string>? sourceIds, IEnumerable<string>? sourceKinds = null)
        {
            Topics = TextPattern.ForKeys(topics);
            SourceIds = TextPattern.ForKeys(sourceIds);
            SourceKinds = new SourceKindFilter(sourceKinds);
        }

        public TextPattern[]? Topics { get; }

        public TextPattern[]? SourceIds { get; }

        public SourceKindFilter SourceKinds { get; }

        /// <summary>The claims that match every filter, in their order, streamed.</summary>
        public IEnumerable<Claim> Apply(IEnumerable<Claim> claims)
        {
            foreach (var claim in claims)
            {
                topicsMet.Add(claim.Topic);
                if (TextPattern.AnyMatch(Topics, claim.Topic) && TextPattern.AnyMatch(SourceIds, claim.SourceId) && SourceKinds.Admits(claim.Source.Kind))
                {
                    yield return claim;
                }
            }
        }

        /// <summary>Plain topics no claim had and plain source ids no source has, once <see cref="Apply"/> has been read to the end.</summary>
        public IReadOnlyList<NameNotFound> NotFound(DataStore data)
            => NameNotFound.For(Topics, p => topicsMet.Any(p.IsMatch), () => topicsMet, "TopicNotFound", "Topic", "a claim with Topic")
                .Concat(SourceNames.NotFound(SourceIds, data))
                .Concat(SourceKinds.NotFound())
                .ToList();
    }
}
