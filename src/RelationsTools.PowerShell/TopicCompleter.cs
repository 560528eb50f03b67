using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using RelationsTools.Data;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Tab completion of claim topics from the bundled data; the tooltip says how many documents state each.</summary>
    internal sealed class TopicCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = new TextPattern(wordToComplete.Trim('\'', '"') + "*");
            RelationsData data;
            try
            {
                data = RelationsData.Bundled;
            }
            catch (DataFileException)
            {
                yield break; // completion must never throw at the prompt; the command itself reports the problem
            }

            var topics = data.Claims
                .GroupBy(c => c.Topic, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var topic in topics.Where(t => pattern.IsMatch(t.Key)))
            {
                int documents = topic.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).Count();
                string tooltip = string.Format(CultureInfo.InvariantCulture, "{0} (stated by {1} document{2})", topic.Key, documents, documents == 1 ? string.Empty : "s");
                yield return new CompletionResult(topic.Key, topic.Key, CompletionResultType.ParameterValue, tooltip);
            }
        }
    }
}
