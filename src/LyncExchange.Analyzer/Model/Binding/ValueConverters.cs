using System.Collections.Immutable;
using System.Globalization;
using LyncExchange.Analyzer.Dumps;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>
/// The typed conversions generated binders call. Text from text dumps is parsed in the dump's culture,
/// text from serialized dumps (CliXml, JSON) in the invariant culture. Failures are diagnostics, never exceptions.
/// </summary>
public static class ValueConverters
{
    /// <summary>
    /// Format-List prints nothing for both "" and $null, while CliXml and JSON keep the difference; rules must not see
    /// one dump shape differently from another (formats.md: treat null and empty identically), so empty is null.
    /// </summary>
    public static string? ToText(DumpProperty property, BindContext context, string recordName)
    {
        var text = property.Value.Kind switch
        {
            DumpValueKind.Null => null,
            DumpValueKind.Collection when property.Value.Items.Length == 1 => property.Value.Items[0].AsText(),
            _ => property.Value.AsText(),
        };
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public static bool? ToBoolean(DumpProperty property, BindContext context, string recordName)
    {
        var text = Scalar(property);
        if (text is null)
        {
            return null;
        }

        switch (text.Trim())
        {
            case var t when t.Equals("True", StringComparison.OrdinalIgnoreCase) || t == "$true" || t == "1":
                return true;
            case var t when t.Equals("False", StringComparison.OrdinalIgnoreCase) || t == "$false" || t == "0":
                return false;
            default:
                context.ReportConversionFailure(property, recordName, "True or False");
                return null;
        }
    }

    public static int? ToInt32(DumpProperty property, BindContext context, string recordName) =>
        ToNumber<int>(property, context, recordName, static (string s, IFormatProvider c, out int v) => int.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, c, out v), "a whole number");

    public static long? ToInt64(DumpProperty property, BindContext context, string recordName) =>
        ToNumber<long>(property, context, recordName, static (string s, IFormatProvider c, out long v) => long.TryParse(s, NumberStyles.Integer | NumberStyles.AllowThousands, c, out v), "a whole number");

    public static double? ToDouble(DumpProperty property, BindContext context, string recordName) =>
        ToNumber<double>(property, context, recordName, static (string s, IFormatProvider c, out double v) => double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, c, out v), "a number");

    public static Guid? ToGuid(DumpProperty property, BindContext context, string recordName)
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var guid))
        {
            return guid;
        }

        context.ReportConversionFailure(property, recordName, "a GUID");
        return null;
    }

    public static Uri? ToUri(DumpProperty property, BindContext context, string recordName)
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return uri;
        }

        context.ReportConversionFailure(property, recordName, "an absolute URL");
        return null;
    }

    public static DateTime? ToDateTime(DumpProperty property, BindContext context, string recordName)
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var culture = property.Value.IsInvariant ? CultureInfo.InvariantCulture : context.SourceCulture;

        // CliXml and JSON write the server's wall clock with its offset ("2014-03-05T14:07:09-08:00"); Format-List
        // prints the same wall clock without one. Keep the wall clock as written, so every shape binds the same value.
        if (property.Value.IsInvariant
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset)
            && HasOffset(text))
        {
            return withOffset.DateTime;
        }

        if (DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var value)
            || DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out value))
        {
            return value;
        }

        // ConvertTo-Json in Windows PowerShell 5.1 writes "\/Date(1700000000000)\/".
        if (text.StartsWith("/Date(", StringComparison.Ordinal) && text.EndsWith(")/", StringComparison.Ordinal))
        {
            var inner = text[6..^2];
            var end = inner.IndexOfAny(['+', '-'], 1);
            if (long.TryParse(end > 0 ? inner[..end] : inner, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
            }
        }

        context.ReportConversionFailure(property, recordName, $"a date in culture {culture.Name}");
        return null;
    }

    private static bool HasOffset(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0)
        {
            return false;
        }

        var time = text.AsSpan(t);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.LastIndexOfAny('+', '-') > 0;
    }

    public static TimeSpan? ToTimeSpan(DumpProperty property, BindContext context, string recordName)
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.ReportConversionFailure(property, recordName, "a time span (d.hh:mm:ss)");
        return null;
    }

    public static TEnum? ToEnum<TEnum>(DumpProperty property, BindContext context, string recordName)
        where TEnum : struct, Enum
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParseEnum<TEnum>(text, out var value))
        {
            return value;
        }

        context.ReportConversionFailure(property, recordName, "one of " + string.Join(", ", Enum.GetNames<TEnum>()));
        return null;
    }

    public static T? ToParsed<T>(DumpProperty property, BindContext context, string recordName)
        where T : class, IDumpValue<T>
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var culture = property.Value.IsInvariant ? CultureInfo.InvariantCulture : context.SourceCulture;
        if (T.TryParse(text.Trim(), culture, out var value, out var error))
        {
            return value;
        }

        context.ReportConversionFailure(property, recordName, "a valid " + typeof(T).Name, error);
        return null;
    }

    public static ValueList<string> ToTextList(DumpProperty property, BindContext context, string recordName)
    {
        // Every proxyAddresses/Computers list of every object passes here: no LINQ, one exactly sized array.
        var items = Items(property);
        if (items.IsEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var item in items)
        {
            if (item.AsText() is { Length: > 0 } text)
            {
                builder.Add(text);
            }
        }

        return builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();
    }

    public static ValueList<T> ToParsedList<T>(DumpProperty property, BindContext context, string recordName)
        where T : class, IDumpValue<T>
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var item in Items(property))
        {
            var text = item.AsText();
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var culture = item.IsInvariant ? CultureInfo.InvariantCulture : context.SourceCulture;
            if (T.TryParse(text.Trim(), culture, out var value, out var error))
            {
                builder.Add(value);
            }
            else
            {
                context.ReportConversionFailure(property with { Value = item }, recordName, "a valid " + typeof(T).Name, error);
            }
        }

        return builder.ToImmutable();
    }

    public static ValueList<TEnum> ToEnumList<TEnum>(DumpProperty property, BindContext context, string recordName)
        where TEnum : struct, Enum
    {
        var builder = ImmutableArray.CreateBuilder<TEnum>();
        foreach (var item in Items(property))
        {
            var text = item.AsText();
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (TryParseEnum<TEnum>(text, out var value))
            {
                builder.Add(value);
            }
            else
            {
                context.ReportConversionFailure(property with { Value = item }, recordName, "one of " + string.Join(", ", Enum.GetNames<TEnum>()));
            }
        }

        return builder.ToImmutable();
    }

    private static bool TryParseEnum<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        text = text.Trim();

        // Numbers are accepted only where CliXml/JSON wrote the underlying value; Enum.TryParse would accept any number.
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            value = (TEnum)Enum.ToObject(typeof(TEnum), number);
            return Enum.IsDefined(value) || typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);
        }

        return Enum.TryParse(text, ignoreCase: true, out value);
    }

    private static string? Scalar(DumpProperty property) => property.Value.Kind switch
    {
        DumpValueKind.Null => null,
        DumpValueKind.Collection when property.Value.Items.Length == 1 => property.Value.Items[0].AsText(),
        DumpValueKind.Collection when property.Value.Items.Length == 0 => null,
        _ => property.Value.AsText(),
    };

    private static ImmutableArray<DumpValue> Items(DumpProperty property) => property.Value.Kind switch
    {
        DumpValueKind.Collection => property.Value.Items.IsDefault ? [] : property.Value.Items,
        DumpValueKind.Null => [],
        _ when string.IsNullOrEmpty(property.Value.Text) => [],
        _ => [property.Value],
    };

    private delegate bool NumberParser<T>(string text, IFormatProvider culture, out T value);

    private static T? ToNumber<T>(DumpProperty property, BindContext context, string recordName, NumberParser<T> parse, string expected)
        where T : struct
    {
        var text = Scalar(property);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var culture = property.Value.IsInvariant ? CultureInfo.InvariantCulture : context.SourceCulture;
        if (parse(text.Trim(), culture, out var value))
        {
            return value;
        }

        context.ReportConversionFailure(property, recordName, expected);
        return null;
    }
}
