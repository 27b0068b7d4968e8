package org.parley.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import org.parley.base.ui.HeaderItem;
import org.parley.search.SearchService;
import org.parley.security.CurrentUser;
import org.parley.security.GlobalRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The search feature's part of the header: the search box for everyone, the index page's link for admins. */
@Configuration
class SearchHeaderItems {

    @Bean
    @Order(10)
    HeaderItem searchBox(SearchService search) {
        return () -> new SearchBox(search);
    }

    @Bean
    @Order(40)
    HeaderItem searchAdminLink(CurrentUser currentUser) {
        return () -> {
            if (!currentUser.hasRole(GlobalRole.ADMIN)) {
                return null;
            }
            RouterLink link = new RouterLink(SearchAdminView.class);
            link.setText(link.getTranslation("nav.search-admin"));
            link.addClassName("nav-link");
            return link;
        };
    }
}
