namespace VanPhong.Web.Pages;

/// <summary>Page links for a list: numbers, previous, next; plain links, so they work without JavaScript.</summary>
public sealed record Pager(int Page, int Total, int PageSize, Func<int, string> Link)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
