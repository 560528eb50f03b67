using System;
using System.Collections.Generic;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>How each topic of one claims file was first written, and where: a later row that writes it otherwise is worth a warning.</summary>
    internal sealed class TopicSpellings
    {
        private readonly Dictionary<string, (string Spelling, long RecordStart)> first = new Dictionary<string, (string, long)>(Claim.TopicComparer);

        /// <summary>
        /// The spelling of the earlier row on <paramref name="topic"/>, and the offset where that row starts, when it
        /// writes the topic otherwise (in another case); null when no earlier row does.
        /// </summary>
        public (string Spelling, long RecordStart)? EarlierSpelling(string topic, long recordStart)
        {
            if (!first.TryGetValue(topic, out var earlier))
            {
                first.Add(topic, (topic, recordStart));
                return null;
            }

            return string.Equals(KeyComparer.Plain(earlier.Spelling), KeyComparer.Plain(topic), StringComparison.Ordinal) ? null : earlier;
        }
    }
}
