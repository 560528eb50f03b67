using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>
    /// The -Topic and -SourceId filters of the claim cmdlets: wildcards matched case-insensitively with
    /// the invariant culture, and afterwards the plain names that found nothing, which are worth an error.
    /// </summary>
    /// <remarks>
    /// It remembers which patterns matched while <see cref="Apply"/> streams, so a big claims file is read
    /// once and never held in memory just to check the names.
    /// </remarks>
    public sealed class ClaimFilter
    {
        private readonly TextPattern[]? topics;
        private readonly TextPattern[]? sourceIds;
        private readonly HashSet<TextPattern> matched = new HashSet<TextPattern>();

        /// <param name="topics">Topic patterns; null for every topic.</param>
        /// <param name="sourceIds">Source id patterns; null for every source.</param>
        public ClaimFilter(IEnumerable<string>? topics, IEnumerable<string>? sourceIds)
        {
            this.topics = TextPattern.Create(topics);
            this.sourceIds = TextPattern.Create(sourceIds);
        }

        /// <summary>The claims that match both filters, in their order, streamed.</summary>
        public IEnumerable<Claim> Apply(IEnumerable<Claim> claims)
        {
            foreach (var claim in claims)
            {
                // Both sides are always evaluated: a name counts as found when any claim has it, even one the other filter drops.
                bool topicMatches = Record(topics, claim.Topic);
                bool sourceMatches = Record(sourceIds, claim.SourceId);
                if (topicMatches && sourceMatches)
                {
                    yield return claim;
                }
            }
        }

        /// <summary>Plain (wildcard-free) topics that no claim had, once <see cref="Apply"/> has been read to the end.</summary>
        public IEnumerable<string> UnmatchedTopics => Unmatched(topics);

        /// <summary>Plain (wildcard-free) source ids that no claim came from, once <see cref="Apply"/> has been read to the end.</summary>
        public IEnumerable<string> UnmatchedSourceIds => Unmatched(sourceIds);

        private bool Record(TextPattern[]? patterns, string text)
        {
            if (patterns is null)
            {
                return true;
            }

            bool any = false;
            foreach (var pattern in patterns)
            {
                if (pattern.IsMatch(text))
                {
                    matched.Add(pattern);
                    any = true;
                }
            }

            return any;
        }

        private IEnumerable<string> Unmatched(TextPattern[]? patterns)
            => (patterns ?? Array.Empty<TextPattern>())
                .Where(p => !p.HasWildcards && !matched.Contains(p))
                .Select(p => p.Pattern)
                .ToList();
    }
}
