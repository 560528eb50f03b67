using System;
using System.IO;
using System.Text;

// The synthetic user folder of bench/Measure-Query.ps1 (compiled there with Add-Type): events.csv and
// trade-figures.csv of a given number of rows, deterministic, so every machine measures the same files.
// Titles are drawn from a few subjects and topics: about 1% of events are about cashew, 1% about pepper and 1% about durian, and one in six
// names a Vietnamese leader with diacritics (Tô Lâm, Phạm Minh Chính), so a keyword search meets text that
// needs its diacritics removed as often as real data does.
public static class RelationsBenchData
{
    static readonly string[] Categories = { "Diplomacy", "Trade", "Investment", "Security", "Border", "Infrastructure", "Politics", "History" };
    static readonly string[] Actors = { "hun-sen", "to-lam", "hun-manet", "cambodia", "vietnam", "laos" };
    static readonly string[] Subjects = { "Cambodia", "Vietnam", "Hun Manet", "Tô Lâm", "Phạm Minh Chính", "The joint committee" };
    static readonly string[] Topics = { "rice exports", "border markers", "rubber plantations", "a power line", "the Funan Techo canal", "fisheries", "a trade fair", "port fees", "tourism", "visas" };
    static readonly string[] RareTopics = { "cashew nuts", "black pepper", "durian exports" };
    static readonly string[] Metrics = { "BilateralTrade", "CambodiaExportsToVietnam", "CambodiaImportsFromVietnam", "VietnamInvestmentCapital" };

    public static void Write(string eventsPath, string figuresPath, int count)
    {
        var random = new Random(20261125);
        using (var w = new StreamWriter(eventsPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n");
            for (int i = 0; i < count; i++)
            {
                int year = 1950 + random.Next(100), month = 1 + random.Next(12), day = 1 + random.Next(28), shape = random.Next(3);
                string date = shape == 0 ? year.ToString("0000") : shape == 1 ? $"{year:0000}-{month:00}" : $"{year:0000}-{month:00}-{day:00}";
                int rare = random.Next(100);
                string topic = rare < RareTopics.Length ? RareTopics[rare] : Topics[random.Next(Topics.Length)];
                string subject = Subjects[random.Next(Subjects.Length)];
                w.Write($"ev-{i:0000000},{date},{subject} on {topic},Generated summary {i} of talks about {topic},{Categories[random.Next(8)]},{Actors[random.Next(6)]},,cicp-2020-07-13-new-heights ¶3,\n");
            }
        }

        using (var w = new StreamWriter(figuresPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n");
            for (int i = 0; i < count; i++)
            {
                int year = 1990 + random.Next(36);
                w.Write($"tf-{i:0000000},{Metrics[random.Next(4)]},{year:0000},{(random.Next(10) == 0 ? "Target" : "Actual")},{random.Next(1, 1000000) * 1000L},USD,Exact,cicp-2020-07-13-new-heights ¶5,\n");
            }
        }
    }
}
