using System.Text;

namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>One <c>type=value</c> of an RDN, with the value unescaped. Type and value compare case-insensitively, as AD does.</summary>
public readonly record struct AttributeTypeAndValue(string Type, string Value)
{
    public bool Equals(AttributeTypeAndValue other) =>
        string.Equals(Type, other.Type, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Type), StringComparer.OrdinalIgnoreCase.GetHashCode(Value));

    /// <summary>
    /// RFC 4514 §2.4 form: only the characters that must be escaped are. A <c>#hexstring</c> value reads back as
    /// an escaped <c>\#</c> string; both sides of a comparison go through the same path, so equality holds.
    /// </summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Type.Length + Value.Length + 1);
        AppendTo(builder);
        return builder.ToString();
    }

    internal void AppendTo(StringBuilder builder)
    {
        builder.Append(Type).Append('=');
        for (var i = 0; i < Value.Length; i++)
        {
            var c = Value[i];
            var mustEscape = c is '"' or '+' or ',' or ';' or '<' or '>' or '\\'
                || (i == 0 && c is '#' or ' ')
                || (i == Value.Length - 1 && c == ' ');
            if (c == '\0')
            {
                builder.Append("\\00");
                continue;
            }

            if (mustEscape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
