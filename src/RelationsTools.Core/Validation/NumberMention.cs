using System.Globalization;

namespace RelationsTools.Validation
{
    /// <summary>One number a text writes, in words or figures, with any scale word applied: "US$3.8 billion" is 3800000000.</summary>
    internal readonly struct NumberMention
    {
        public NumberMention(decimal value, MentionForm form)
        {
            Value = value;
            Form = form;
        }

        public decimal Value { get; }

        public MentionForm Form { get; }

        public override string ToString() => Form + " " + Value.ToString(CultureInfo.InvariantCulture);
    }
}
