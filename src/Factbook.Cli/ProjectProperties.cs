using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Factbook.Cli
{
    /// <summary>
    /// What the checker needs to know of the project the content builds in, to report what its build reports:
    /// whether its tables are string constants (a framework without <c>ReadOnlySpan&lt;byte&gt;</c>, or C# before
    /// 11), which the compiler's heap of string literals bounds (FB0037). Read from <c>-p</c>, else from the nearest
    /// project file above the content.
    /// </summary>
    internal static class ProjectProperties
    {
        private static readonly Regex Property = new("<(TargetFrameworks?|LangVersion)>\\s*([^<]*?)\\s*</\\1>", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The properties a project file above <paramref name="folder"/> sets, under those given with -p.</summary>
        public static Dictionary<string, string> With(Dictionary<string, string> given, string folder)
        {
            var merged = new Dictionary<string, string>(given, StringComparer.OrdinalIgnoreCase);
            if (ProjectFileAbove(folder) is not { } project)
            {
                return merged;
            }

            string text;
            try
            {
                text = File.ReadAllText(project);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return merged;
            }

            try
            {
                text = Regex.Replace(text, "<!--.*?-->", string.Empty, RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                foreach (Match match in Property.Matches(text))
                {
                    var name = match.Groups[1].Value;
                    if (!merged.ContainsKey(name) && !(name == "TargetFrameworks" && merged.ContainsKey("TargetFramework")))
                    {
                        merged[name] = match.Groups[2].Value;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // An odd project file is read as setting nothing.
            }

            return merged;
        }

        /// <summary>
        /// Whether the generated tables are string constants in that project: any of its target frameworks without
        /// <c>ReadOnlySpan&lt;byte&gt;</c> (.NET Framework, .NET Standard 2.0, .NET Core 2), or C# before 11.
        /// </summary>
        public static bool StringTables(IReadOnlyDictionary<string, string> properties)
        {
            var frameworks = properties.TryGetValue("TargetFramework", out var one) ? one
                : properties.TryGetValue("TargetFrameworks", out var several) ? several
                : string.Empty;
            var withoutSpans = frameworks.Split(';').Select(framework => framework.Trim().ToLowerInvariant()).Any(framework =>
                framework.StartsWith("netstandard1", StringComparison.Ordinal) || framework == "netstandard2.0" ||
                framework.StartsWith("netcoreapp1", StringComparison.Ordinal) || framework.StartsWith("netcoreapp2", StringComparison.Ordinal) ||
                Regex.IsMatch(framework, "^net[1-4][0-9]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            var oldLanguage = properties.TryGetValue("LangVersion", out var language) &&
                double.TryParse(language.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var version) && version < 11;
            return withoutSpans || oldLanguage;
        }

        /// <summary>
        /// FB0038 as the build reports it: the project compiles C# older than 9, by its <c>LangVersion</c> or else
        /// the default of its oldest framework (C# 7.3 for .NET Framework and .NET Standard 2.0, 8.0 for .NET Core 3
        /// and .NET Standard 2.1); null when it is new enough or cannot be told.
        /// </summary>
        public static Factbook.Generator.Diagnostics.DiagnosticInfo? LanguageProblem(IReadOnlyDictionary<string, string> properties)
        {
            var version = LanguageVersion(properties);
            return version is { } old && old < 9
                ? Factbook.Generator.Diagnostics.DiagnosticInfo.Create(Factbook.Generator.Diagnostics.FactbookDiagnostics.LanguageVersionTooOld, string.Empty, Factbook.Generator.Model.SourceSpan.FileStart, old.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture), "9.0")
                : null;
        }

        private static double? LanguageVersion(IReadOnlyDictionary<string, string> properties)
        {
            var written = properties.TryGetValue("LangVersion", out var text) ? text.Trim().ToLowerInvariant() : string.Empty;
            switch (written)
            {
                case "latest" or "latestmajor" or "preview":
                    return null;
                case "iso-1":
                    return 1;
                case "iso-2":
                    return 2;
                case "" or "default":
                    break;
                default:
                    return double.TryParse(written, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : null;
            }

            var frameworks = properties.TryGetValue("TargetFramework", out var one) && one.Length > 0 ? one
                : properties.TryGetValue("TargetFrameworks", out var several) ? several
                : string.Empty;
            return frameworks.Split(';').Select(framework => DefaultLanguageVersion(framework.Trim().ToLowerInvariant())).Min();
        }

        private static double? DefaultLanguageVersion(string framework) =>
            framework.StartsWith("netstandard1", StringComparison.Ordinal) || framework == "netstandard2.0" ||
            framework.StartsWith("netcoreapp1", StringComparison.Ordinal) || framework.StartsWith("netcoreapp2", StringComparison.Ordinal) ||
            Regex.IsMatch(framework, "^net[1-4][0-9]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) ? 7.3
            : framework == "netstandard2.1" || framework.StartsWith("netcoreapp3", StringComparison.Ordinal) ? 8.0
            : null;

        private static string? ProjectFileAbove(string folder)
        {
            for (var current = Path.GetFullPath(folder); current is not null; current = Path.GetDirectoryName(current))
            {
                try
                {
                    if (Directory.EnumerateFiles(current, "*.csproj").OrderBy(path => path, StringComparer.Ordinal).FirstOrDefault() is { } project)
                    {
                        return project;
                    }

                    if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git")))
                    {
                        return null;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }

            return null;
        }
    }
}
