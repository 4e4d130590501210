namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits <c>PartialDate</c>, the value type of date fields: a year, a year and month, or a full date, since
    /// articles say "May" and "1946" and a faked full date would claim more than the source does.
    /// </summary>
    internal static class PartialDateEmitter
    {
        public const string HintName = "PartialDate.g.cs";

        public static string Emit(EmitContext context)
        {
            var writer = new SourceWriter();
            TypeEmitter.WriteHeader(writer, context);
            foreach (var line in Body.Split('\n'))
            {
                writer.Line(line);
            }

            return writer.Close().ToString();
        }

        private const string Body = """
            /// <summary>A date known to the year, the month or the day.</summary>
            [global::System.CodeDom.Compiler.GeneratedCode("Factbook", "0.1.0")]
            public readonly struct PartialDate : global::System.IEquatable<PartialDate>, global::System.IComparable<PartialDate>
            {
                /// <summary>Creates a date known to the year, the month or the day.</summary>
                /// <exception cref="global::System.ArgumentOutOfRangeException">The parts do not make a real date.</exception>
                public PartialDate(int year, int? month = null, int? day = null)
                {
                    if (year < 1 || year > 9999)
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(year));
                    }

                    if (month is { } m && (m < 1 || m > 12))
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(month));
                    }

                    if (day is { } d && (month is null || d < 1 || d > global::System.DateTime.DaysInMonth(year, month.Value)))
                    {
                        throw new global::System.ArgumentOutOfRangeException(nameof(day));
                    }

                    this.Year = year;
                    this.Month = month;
                    this.Day = day;
                }

                /// <summary>The year.</summary>
                public int Year { get; }

                /// <summary>The month, 1 to 12, when known.</summary>
                public int? Month { get; }

                /// <summary>The day of the month, when known.</summary>
                public int? Day { get; }

                /// <summary>Whether year, month and day are all known.</summary>
                public bool IsFullDate => this.Day.HasValue;

                /// <summary>The full date, or null when only the year or month is known.</summary>
                public global::System.DateTime? ToDateTime() =>
                    this.Day is { } d ? new global::System.DateTime(this.Year, this.Month!.Value, d) : null;

                /// <inheritdoc/>
                public bool Equals(PartialDate other) => this.Year == other.Year && this.Month == other.Month && this.Day == other.Day;

                /// <inheritdoc/>
                public override bool Equals(object? obj) => obj is PartialDate other && this.Equals(other);

                /// <inheritdoc/>
                public override int GetHashCode() => (this.Year * 13 + (this.Month ?? 0)) * 32 + (this.Day ?? 0);

                /// <summary>Orders by year, then month, then day; a less precise date comes first.</summary>
                public int CompareTo(PartialDate other)
                {
                    var byYear = this.Year.CompareTo(other.Year);
                    if (byYear != 0)
                    {
                        return byYear;
                    }

                    var byMonth = (this.Month ?? 0).CompareTo(other.Month ?? 0);
                    return byMonth != 0 ? byMonth : (this.Day ?? 0).CompareTo(other.Day ?? 0);
                }

                /// <summary>ISO 8601 with only the known parts: <c>1946</c>, <c>2023-05</c> or <c>2023-11-02</c>.</summary>
                public override string ToString()
                {
                    var text = this.Year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture);
                    if (this.Month is { } m)
                    {
                        text += "-" + m.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    if (this.Day is { } d)
                    {
                        text += "-" + d.ToString("D2", global::System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return text;
                }

                /// <summary>Equality.</summary>
                public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

                /// <summary>Inequality.</summary>
                public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
            }
            """;
    }
}
