export { decodeBody, declaredCharset, headerCharset, type DecodedBody } from './charset.js';
export { feedDate, FeedError, looksLikeFeed, parseFeed, type Feed, type FeedItem } from './feed.js';
export { articleLinks, looksLikeArticle, type PageLink } from './page.js';
export { Fetcher, FetchError, type FetcherOptions, type FetchResult, type Validators } from './fetcher.js';
export { parseEvery, formatEvery } from './every.js';
