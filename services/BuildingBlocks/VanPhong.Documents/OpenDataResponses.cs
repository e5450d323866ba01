using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace VanPhong.Documents;

/// <summary>
/// How an open-data file is sent, by every service the same way: a download named for the dataset and the date of its
/// data, that date as Last-Modified and X-Data-As-Of, the licence as a Link header (RFC 8288, rel="license"); a format
/// no dataset is written in is a 404 that names the formats.
/// </summary>
public static class OpenDataResponses
{
    public static IResult Send(HttpContext http, OpenDataset dataset, string format)
    {
        if (OpenData.Write(dataset, format) is not { } file)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không có định dạng này",
                detail: $"Dữ liệu mở có các định dạng: {string.Join(", ", OpenData.Formats)} (không có \"{format}\").");
        }

        http.Response.Headers.Link = $"<{OpenData.LicenceUrl}>; rel=\"license\"";
        http.Response.Headers.CacheControl = "public, max-age=300";
        http.Response.Headers["X-Data-As-Of"] = file.DataAsOf.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return Results.File(file.Content, file.ContentType, file.FileName, lastModified: file.DataAsOf);
    }
}
